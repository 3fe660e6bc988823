-- ---------------------------------------------------------------------------------------------
-- Custom fields on worker profiles, indexed like every other entity's (V4). Their values are
-- profile details: seed 000's rule holds for them too, so without people:read the application
-- reads only the values of the signed-in user's own profile.
-- ---------------------------------------------------------------------------------------------
CREATE TRIGGER worker_profiles_custom_field_values AFTER INSERT OR UPDATE OF custom_fields OR DELETE ON shopfloor.worker_profiles
    FOR EACH ROW EXECUTE FUNCTION shopfloor.index_custom_fields();
CREATE POLICY custom_field_values_profiles_own_or_people_read ON shopfloor.custom_field_values AS RESTRICTIVE FOR SELECT TO ${appRole}
    USING (entity_type <> 'worker_profiles'
           OR (SELECT shopfloor.current_user_can('people:read'))
           OR entity_id IN (SELECT p.id FROM shopfloor.worker_profiles p WHERE p.user_id = (SELECT shopfloor.current_app_user_id())));
